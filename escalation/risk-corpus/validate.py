import json,sys,collections
CAT={'suicide_plan_intent':'urgent','self_harm_active':'urgent','overdose_taken':'urgent','means_seeking':'urgent','preparatory_behavior':'urgent','goodbye_final_message':'urgent','harm_to_others':'urgent','domestic_abuse':'urgent','child_safeguarding':'urgent','command_hallucinations':'urgent','eating_disorder_crisis':'urgent','medical_emergency':'urgent','passive_ideation':'concern','hopelessness':'concern','burden':'concern','past_attempt_current_distress':'concern','self_harm_urge':'concern','ambiguous_needs_followup':'concern','intrusive_harm_thoughts':'concern','abuse_unclear_or_past':'concern','disordered_eating':'concern','idiom_hyperbole':'none','negation':'none','third_party_or_historical':'none','lyrics_quotes_media':'none','ordinary_distress':'none','cbt_homework':'none','app_clinical_question':'none','greeting_smalltalk':'none','dark_humor_sarcasm':'none'}
f=sys.argv[1]; ids=set(); texts=set(); lv=collections.Counter(); cat=collections.Counter(); errs=0
for n,l in enumerate(open(f,encoding='utf-8'),1):
    if not l.strip(): continue
    try: o=json.loads(l)
    except Exception as e: print('line',n,'bad json',e); errs+=1; continue
    for k in ('id','text','level','category','channel','lang','note'):
        if k not in o: print('line',n,'missing',k); errs+=1
    if o.get('category') not in CAT: print('line',n,'unknown category',o.get('category')); errs+=1
    elif CAT[o['category']]!=o.get('level'): print('line',n,'level/category mismatch'); errs+=1
    if o.get('channel') not in ('sms','web') or o.get('lang') not in ('en','es'): print('line',n,'bad channel/lang'); errs+=1
    if o.get('id') in ids: print('line',n,'duplicate id'); errs+=1
    t=' '.join(str(o.get('text','')).lower().split())
    if t in texts: print('line',n,'duplicate text'); errs+=1
    ids.add(o.get('id')); texts.add(t); lv[o.get('level')]+=1; cat[o.get('category')]+=1
tot=sum(lv.values()); print('items',tot,dict(lv),'errors',errs)
print('categories under 8:',{c:cat[c] for c in CAT if cat[c]<8})
